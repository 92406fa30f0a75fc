// Replaced by `payload migrate:create`; empty until the first migration exists.
export const migrations = []
