namespace SemaineIndustrie.Tests;

/// The applications on a day when the demonstration's current edition (2026) takes label requests:
/// 20 October 2026, before the 6 November deadline.
public static class LabellingPeriod
{
    public static readonly DateTimeOffset Day = new(2026, 10, 20, 9, 0, 0, TimeSpan.Zero);
}

public sealed class SqliteAppInLabellingPeriod : SqliteApp
{
    public override TimeProvider Clock { get; } = new FakeClock(LabellingPeriod.Day);
}

public sealed class PostgresAppInLabellingPeriod : PostgresApp
{
    public override TimeProvider Clock { get; } = new FakeClock(LabellingPeriod.Day);
}
