// An error about the content, not the code.
/** The message says everything (file, line, what is wrong, the fix), so no stack trace follows it. */
export function contentError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

