import type { CommandServices } from './types';

const noop = () => {};

/** The shell's services; the app replaces these on mount. Before that, commands that need them do nothing. */
export const services: CommandServices = { fitView: noop, pickFile: () => Promise.resolve(null), openDialog: noop, viewCenter: () => undefined, reveal: noop };

export function provideServices(partial: Partial<CommandServices>): () => void {
  const previous = { ...services };
  Object.assign(services, partial);
  return () => Object.assign(services, previous);
}
