// Preloaded with --import to run a build as if the machine's clock said FAKE_NOW (an ISO date-time).
// The build must not notice: nothing it outputs may depend on the date, time or time zone.
const fakeNow = Date.parse(process.env.FAKE_NOW ?? '');
if (Number.isNaN(fakeNow)) throw new Error('fake-clock: set FAKE_NOW to an ISO date-time, e.g. 2031-01-01T00:00:00Z');
const offset = fakeNow - Date.now();
const RealDate = Date;

class FakeDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offset;
  }
}
globalThis.Date = FakeDate;
