using SemaineIndustrie.Features.Editions;

namespace SemaineIndustrie.Data.Demo;

/// The editions of SPEC §2 (dates, themes, published figures), and the current one. Where the
/// sources give no eligibility window, the official week widened by a week each side is used.
public static class DemoEditions
{
    public static List<Edition> All() =>
    [
        Make(1, 2011, null, new(2011, 4, 4), new(2011, 4, 10), reportedEvents: 1481),
        Make(2, 2012, null, new(2012, 3, 19), new(2012, 3, 25)),
        Make(3, 2013, null, new(2013, 3, 18), new(2013, 3, 24)),
        Make(4, 2014, null, new(2014, 3, 31), new(2014, 4, 6)),
        Make(5, 2015, null, new(2015, 3, 30), new(2015, 4, 5), reportedEvents: 2600, reportedParticipants: 200_000),
        Make(6, 2016, "Industrie du futur", new(2016, 3, 14), new(2016, 3, 20), deadline: new(2016, 3, 7)),
        Make(7, 2017, null, new(2017, 3, 20), new(2017, 3, 26), reportedEvents: 2400, reportedParticipants: 300_000),
        Make(8, 2018, "L'industrie connectée", new(2018, 3, 26), new(2018, 4, 1), deadline: new(2018, 3, 12), reportedEvents: 2918),
        Make(9, 2019, null, new(2019, 3, 18), new(2019, 3, 24), reportedEvents: 4763, reportedParticipants: 800_000),
        Make(10, 2020, "Inventer un avenir durable", new(2020, 11, 16), new(2020, 11, 22)),
        Make(11, 2022, "Agir pour une industrie d'avenir", new(2022, 11, 21), new(2022, 11, 27),
            window: (new(2022, 11, 7), new(2022, 12, 12)), reportedEvents: 4737),
        Make(12, 2023, Fabrique, new(2023, 11, 27), new(2023, 12, 3), window: (new(2023, 11, 13), new(2023, 12, 17)),
            deadline: new(2023, 11, 20), reportedEvents: 5500),
        Make(13, 2024, Fabrique, new(2024, 11, 18), new(2024, 11, 24), window: (new(2024, 11, 3), new(2024, 12, 9)),
            deadline: new(2024, 11, 12), reportedEvents: 8000, reportedParticipants: 5_700_000),
        Make(14, 2025, Fabrique, new(2025, 11, 17), new(2025, 11, 23), window: (new(2025, 11, 2), new(2025, 12, 7)),
            deadline: new(2025, 11, 7)),
        Make(15, 2026, Fabrique, new(2026, 11, 16), new(2026, 11, 22), window: (new(2026, 11, 1), new(2026, 12, 7)),
            deadline: new(2026, 11, 6), opens: new(2026, 9, 15)),
    ];

    private const string Fabrique = "Avec l'industrie, fabrique ton avenir";

    private static Edition Make(int number, int year, string? theme, DateOnly starts, DateOnly ends,
        (DateOnly From, DateOnly Until)? window = null, DateOnly? deadline = null, DateOnly? opens = null,
        int? reportedEvents = null, int? reportedParticipants = null) => new()
    {
        Number = number,
        Year = year,
        Theme = theme,
        StartsOn = starts,
        EndsOn = ends,
        EligibleFrom = window?.From ?? starts.AddDays(-7),
        EligibleUntil = window?.Until ?? ends.AddDays(7),
        LabellingOpensOn = opens,
        LabellingDeadline = deadline,
        ReportedLabelledEvents = reportedEvents,
        ReportedParticipants = reportedParticipants,
    };
}
