import { useMemo, useState, type DragEvent } from 'react';
import { importFiles } from '../commands/fileCommands';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Dropping a file on the canvas imports it (issue 5) through the same path as Import: any format
 * of the registry (issue 12).
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
        // All the files dropped together (a CSV pair); the registry picks their format.
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) void importFiles(files, 'drop');
      },
    }),
    [],
  );
  return { over, handlers };
}
