using System.Text;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Tests.Events;

public sealed class EventCalendarTests
{
    private static CalendarEvent Sample(string title = "Visite de l'usine", PublicStatus status = PublicStatus.Scheduled,
        params CalendarSession[] sessions) => new(
        42, title, "Découvrez la fabrication, les métiers et l'apprentissage.", "https://semaine-industrie.example/evenements/42-visite",
        "12 rue de l'Industrie, 69001 Lyon", 45.767, 4.8345, status, new DateTime(2026, 10, 1, 8, 30, 0, DateTimeKind.Utc),
        sessions.Length > 0 ? sessions : [new CalendarSession(7, new DateTime(2026, 11, 16, 8, 0, 0), new DateTime(2026, 11, 16, 11, 0, 0))]);

    private static string[] Lines(string ics) => ics.Split("\r\n");

    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal);

    [Fact]
    public void Every_line_ends_with_crlf_and_no_bare_line_feed_remains()
    {
        var ics = EventCalendar.Write(Sample());

        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_header_declares_version_product_scale_and_method()
    {
        var lines = Lines(EventCalendar.Write(Sample()));

        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Semaine de l'industrie//FR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"], lines[..5]);
    }

    [Fact]
    public void Each_session_becomes_one_vevent_with_a_stable_uid_and_utc_times()
    {
        var ics = Unfold(EventCalendar.Write(Sample(sessions:
        [
            new CalendarSession(7, new DateTime(2026, 11, 16, 8, 0, 0), new DateTime(2026, 11, 16, 11, 0, 0)),
            new CalendarSession(8, new DateTime(2026, 11, 17, 13, 30, 0), new DateTime(2026, 11, 17, 16, 0, 0)),
        ])));
        var lines = Lines(ics);

        Assert.Equal(2, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(2, lines.Count(l => l == "END:VEVENT"));
        Assert.Contains("UID:seance-7@semaine-industrie.gouv.fr", lines);
        Assert.Contains("UID:seance-8@semaine-industrie.gouv.fr", lines);
        Assert.Contains("DTSTART:20261116T080000Z", lines);
        Assert.Contains("DTEND:20261117T160000Z", lines);
        Assert.Equal(2, lines.Count(l => l == "DTSTAMP:20261001T083000Z"));
        Assert.Equal(ics, Unfold(EventCalendar.Write(Sample(sessions:
        [
            new CalendarSession(7, new DateTime(2026, 11, 16, 8, 0, 0), new DateTime(2026, 11, 16, 11, 0, 0)),
            new CalendarSession(8, new DateTime(2026, 11, 17, 13, 30, 0), new DateTime(2026, 11, 17, 16, 0, 0)),
        ]))));
    }

    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_line_breaks()
    {
        Assert.Equal(@"a\\b\;c\,d\ne\nf\ng", CalendarText.Escape("a\\b;c,d\r\ne\nf\rg"));

        var lines = Lines(Unfold(EventCalendar.Write(Sample(title: "Forum; métiers, emploi"))));
        Assert.Contains(@"SUMMARY:Forum\; métiers\, emploi", lines);
        Assert.Contains(@"LOCATION:12 rue de l'Industrie\, 69001 Lyon", lines);
        Assert.Contains(@"DESCRIPTION:Découvrez la fabrication\, les métiers et l'apprentissage.\n\nhttps://semaine-industrie.example/evenements/42-visite", lines);
    }

    [Fact]
    public void Geo_url_and_status_are_written()
    {
        var lines = Lines(Unfold(EventCalendar.Write(Sample(status: PublicStatus.Cancelled))));

        Assert.Contains("GEO:45.767;4.8345", lines);
        Assert.Contains("URL:https://semaine-industrie.example/evenements/42-visite", lines);
        Assert.Contains("STATUS:CANCELLED", lines);
        Assert.Contains("STATUS:CONFIRMED", Lines(EventCalendar.Write(Sample())));
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_accented_characters()
    {
        var title = string.Concat(Enumerable.Repeat("Découverte des métiers de l’aéronautique ", 6)) + "é";
        var ics = EventCalendar.Write(Sample(title: title));

        foreach (var line in Lines(ics))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"« {line} » is longer than 75 octets");
        }
        var summary = Lines(ics).SkipWhile(l => !l.StartsWith("SUMMARY:", StringComparison.Ordinal))
            .TakeWhile((l, i) => i == 0 || l.StartsWith(' ')).ToList();
        Assert.True(summary.Count > 3);
        Assert.All(summary.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Contains(summary.SkipLast(1), l => Encoding.UTF8.GetByteCount(l) is 74 or 75);
        Assert.Contains("SUMMARY:" + title, Lines(Unfold(ics)));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(ics)));
    }

    [Fact]
    public void Folding_keeps_a_multi_byte_character_whole_at_the_boundary()
    {
        var output = new StringBuilder();
        CalendarText.AppendLine(output, "SUMMARY:" + new string('a', 66) + "é");

        Assert.Equal("SUMMARY:" + new string('a', 66) + "\r\n é\r\n", output.ToString());
    }

    [Fact]
    public void A_line_of_exactly_75_octets_is_not_folded()
    {
        var output = new StringBuilder();
        var line = "SUMMARY:" + new string('a', 67);

        CalendarText.AppendLine(output, line);

        Assert.Equal(line + "\r\n", output.ToString());
    }
}
