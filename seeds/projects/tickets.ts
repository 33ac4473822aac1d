import type { TicketRow } from '../../subgraphs/projects/seed';
import { timestamp } from '../format';

/** The tickets of the seed (invented, and marked so in their text). */
export const TICKETS: readonly Omit<TicketRow, 'openedBy'>[] = [
  {
    projectId: 17,
    title: 'حذف استعلام کاغذی با سازمان ثبت اسناد و املاک کشور و سازمان امور مالیاتی',
    body: 'برخی استعلام‌های این دو دستگاه هنوز کاغذی پاسخ داده می‌شود و رایزنی برای الکترونیکی شدن آن‌ها ادامه دارد. (داده ساختگی)',
    status: 'OPEN',
    openedAt: timestamp(2018, 8, 21, 7, 30),
    resolution: null,
  },
  {
    projectId: 8,
    title: 'حذف دفترچه بیمه و ارائه خدمات با کد ملی',
    body: 'مراکز درمانی طرف قرارداد هنوز دفترچه کاغذی می‌خواهند. (داده ساختگی)',
    status: 'RESOLVED',
    openedAt: timestamp(2018, 9, 3, 9, 15),
    resolution: 'احراز بیمه‌شده با کد ملی در مراکز طرف قرارداد فعال شد. (داده ساختگی)',
  },
  {
    projectId: 16,
    title: 'ارائه استعلام چک و تسهیلات در دولت همراه',
    body: 'دو سرویس استعلام چک و استعلام تسهیلات هنوز در دولت همراه در دسترس نیست. (داده ساختگی)',
    status: 'OPEN',
    openedAt: timestamp(2019, 2, 11, 10, 0),
    resolution: null,
  },
  {
    projectId: 2,
    title: 'ثبت نشدن گزارش پیشرفت در سامانه رصد',
    body: 'دستگاه مجری کار خود را انجام داده اما گزارش پیشرفت را در سامانه ثبت نکرده است. (داده ساختگی)',
    status: 'RESOLVED',
    openedAt: timestamp(2019, 8, 25, 6, 45),
    resolution: 'گزارش پیشرفت در سامانه رصد و پایش ثبت شد. (داده ساختگی)',
  },
  {
    projectId: 11,
    title: 'روند نامطلوب پیشرفت پروژه',
    body: 'پیشرفت پروژه از برنامه عقب است و هماهنگی میان دستگاه‌های مجری لازم است. (داده ساختگی)',
    status: 'OPEN',
    openedAt: timestamp(2019, 11, 4, 8, 20),
    resolution: null,
  },
  {
    projectId: 9,
    title: 'دسترسی دانشگاه آزاد اسلامی به سامانه رصد و پایش',
    body: 'دستگاه خارج از بدنه دولت برای ورود اطلاعات پیشرفت حساب کاربری ندارد. (داده ساختگی)',
    status: 'RESOLVED',
    openedAt: timestamp(2019, 9, 14, 11, 5),
    resolution: 'حساب کاربری برای دستگاه ایجاد و دسترسی ثبت اطلاعات داده شد. (داده ساختگی)',
  },
  {
    projectId: 22,
    title: 'تعیین عنوان و دامنه پروژه',
    body: 'عنوان این پروژه در گزارش‌های منتشرشده نیامده است. (داده ساختگی)',
    status: 'OPEN',
    openedAt: timestamp(2020, 3, 2, 9, 40),
    resolution: null,
  },
];
