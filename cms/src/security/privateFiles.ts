/**
 * Files with password hashes, sessions and drafts (the SQLite database, its
 * write-ahead log, backups) are for the CMS's own user only: 0600, in
 * folders the CMS creates as 0700. Without this they were 0644, readable by
 * every account on the machine. SQLite gives its -wal and -shm files the
 * database file's mode.
 */
import fs from 'node:fs'

export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_DIR_MODE = 0o700

/** Creates the folder (and its parents) as 0700 when missing; an existing folder keeps its mode. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
}

/** Creates the file empty as 0600 when missing, or narrows an existing one to 0600. */
export function makePrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE))
  fs.chmodSync(file, PRIVATE_FILE_MODE)
}
