import { useMemo, useState, type DragEvent } from 'react';
import { importFile } from '../commands/fileCommands';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Dropping a file on the canvas imports it (issue 5) through the same path as Import JSON.
 * Only drags that carry files are taken; anything else dragged over the canvas is left alone.
 */
export function useFileDrop() {
  const [over, setOver] = useState(false);
  const handlers = useMemo(
    () => ({
      onDragOver: (event: DragEvent<HTMLDivElement>) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave: (event: DragEvent<HTMLDivElement>) => {
        if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
        setOver(false);
      },
      onDrop: (event: DragEvent<HTMLDivElement>) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) void importFile(file, 'drop');
      },
    }),
    [],
  );
  return { over, handlers };
}
