// Guard for `npm run test:postgres`: without a postgres:// DATABASE_URL it would silently test SQLite.
if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) {
  console.error('test:postgres needs DATABASE_URL=postgres://… (e.g. postgres://postgres@127.0.0.1:5432/test).')
  process.exit(1)
}
