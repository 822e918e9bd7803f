namespace SemaineIndustrie.Tests;

/// A clock tests move by hand (due dates, data retention, deadlines). Give it to a test app by
/// overriding <see cref="TestApp.Clock"/>.
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;
}
