import { Format, SingleBar } from 'cli-progress';

/** Long work made visible: a bar with counts and an estimate on a terminal, a line every few seconds elsewhere. */
export interface Progress {
  /** `done` units so far; `note` says what runs now. */
  update(done: number, note?: string): void;
  /** Logs `message` without breaking the bar. */
  log(message: string): void;
  /** Ends the bar or the lines; `message` is logged last. */
  stop(message?: string): void;
}

export interface ProgressOptions {
  label: string;
  total: number;
  /** What is counted: rows, measurements… */
  unit: string;
  /** Where lines go off a terminal, and the closing message on one. */
  log: (message: string) => void;
  /** The terminal to draw on (stderr, so that stdout stays the program's output); not a terminal: lines. */
  stream?: NodeJS.WriteStream;
  /** How often a line is logged off a terminal. */
  everyMs?: number;
}

const RUNNING = '{label} {bar} {value}/{total} {unit} · {eta_formatted} left{note}';
/** Counted work done, uncounted work still running (a view refreshed after its rows): no estimate to give. */
const FINISHING = '{label} {bar} {value}/{total} {unit}{note} · {duration_formatted}';

export function startProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  return stream.isTTY ? barProgress(options, stream) : lineProgress(options);
}

function barProgress(options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const bar = new SingleBar({
    stream,
    format: (format, params, payload) =>
      Format.Formatter({ ...format, format: params.value >= params.total && payload.note ? FINISHING : RUNNING }, params, payload),
    barsize: 24,
    barCompleteChar: '\u2588',
    barIncompleteChar: '\u2591',
    // The cursor stays: a process that fails mid-bar must not leave the terminal without one.
    hideCursor: false,
    etaBuffer: 20,
    fps: 5,
    formatValue: (value, _, type) => (type === 'value' || type === 'total' ? Number(value).toLocaleString('en') : String(value)),
  });
  bar.start(options.total, 0, { label: options.label, unit: options.unit, note: '' });
  return {
    update: (done, note) => bar.update(done, { note: note ? ` · ${note}` : '' }),
    log: (message) => {
      stream.clearLine(0);
      stream.cursorTo(0);
      options.log(message);
      bar.render();
    },
    stop: (message) => {
      bar.stop();
      if (message) options.log(message);
    },
  };
}

function lineProgress(options: ProgressOptions): Progress {
  const started = Date.now();
  let done = 0;
  let note: string | undefined;
  const line = () => {
    const elapsed = (Date.now() - started) / 1000;
    const left = done > 0 && done < options.total ? `, about ${Math.round((elapsed / done) * (options.total - done))} s left` : '';
    const percent = Math.floor((done / Math.max(options.total, 1)) * 100);
    options.log(`${options.label}: ${done.toLocaleString('en')}/${options.total.toLocaleString('en')} ${options.unit} (${percent} %)${left}${note ? `; ${note}` : ''} after ${Math.round(elapsed)} s`);
  };
  const timer = setInterval(line, options.everyMs ?? 5000);
  timer.unref();
  return {
    update: (value, now) => {
      done = value;
      note = now;
    },
    log: options.log,
    stop: (message) => {
      clearInterval(timer);
      if (message) options.log(message);
    },
  };
}
