import { loadConfig } from '../../lib/config';
import { createLogger } from '../../lib/logger';

/** Logs one line the way every process does (format from LOG_FORMAT), for the log-format test. */
const config = loadConfig();
createLogger('log-line', 'info', config.LOG_FORMAT).info({ answer: 42 }, 'a line to read');
