// The latest storage reading, for the status bar and Settings.
import { useEffect, useState } from 'react';
import { watchStorage, type StorageReading } from './storage-watch';

export function useStorageReading(): StorageReading | null {
  const [reading, setReading] = useState<StorageReading | null>(null);
  useEffect(() => watchStorage(setReading), []);
  return reading;
}
