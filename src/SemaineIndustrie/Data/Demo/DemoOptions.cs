namespace SemaineIndustrie.Data.Demo;

/// How much demonstration data to generate. By default: about 5,000 labelled events for the current
/// edition and a tenth of each past edition's published figure; the benchmark asks for the same
/// number of events in every edition. <see cref="PendingRequests"/> sets how many requests of the
/// current edition await a decision (by default a twelfth of its labelled events, with some drafts and
/// decided requests among them).
public sealed record DemoOptions(int Seed = 2011, int CurrentEditionEvents = 5000, double PastEditionShare = 0.1, int? EventsPerEdition = null,
    int? PendingRequests = null)
{
    public static DemoOptions FromConfiguration(IConfiguration configuration) => new(
        configuration.GetValue("DemoData:Seed", 2011),
        configuration.GetValue("DemoData:CurrentEditionEvents", 5000),
        configuration.GetValue("DemoData:PastEditionShare", 0.1),
        configuration.GetValue<int?>("DemoData:EventsPerEdition"),
        configuration.GetValue<int?>("DemoData:PendingRequests"));
}
