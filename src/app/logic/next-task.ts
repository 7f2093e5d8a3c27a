/**
 * Resolves in a new task, so that long work done in slices lets the page paint and handle input
 * between them. A message, not a timer: nested timers are clamped to 4 ms and throttled in a
 * background tab, while a message runs as soon as the page is free.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
