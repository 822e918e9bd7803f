namespace SemaineIndustrie.Features.Editions;

/// French working days: Monday to Friday, minus the public holidays of the place. The committee's
/// review delay counts these days only, so a request's calendar depends on where its event is.
public static class WorkingDays
{
    /// The eleven national public holidays only (Code du travail, art. L3133-1).
    public static WorkingCalendar National { get; } = new(_ => []);

    // The commemoration of the abolition of slavery (loi n° 83-550, dates of the décret n° 83-1003
    // as amended by the décret n° 2012-553), keyed by region: each of these regions is one department.
    // Saint-Barthélemy and Saint-Martin are not regions of the platform.
    private static readonly Dictionary<string, WorkingCalendar> Overseas = new()
    {
        ["01"] = new(year => [new(year, 5, 27)]),   // Guadeloupe
        ["02"] = new(year => [new(year, 5, 22)]),   // Martinique
        ["03"] = new(year => [new(year, 6, 10)]),   // Guyane
        ["04"] = new(year => [new(year, 12, 20)]),  // La Réunion
        ["06"] = new(year => [new(year, 4, 27)]),   // Mayotte
    };

    // Alsace-Moselle (Code du travail, art. L3134-13): Good Friday and 26 December. The code limits
    // Good Friday to communes with a Protestant temple or a mixed church; it is counted off in all
    // three departments, as is the common practice there, rather than commune by commune.
    private static readonly WorkingCalendar AlsaceMoselle = new(year => [EasterSunday(year).AddDays(-2), new(year, 12, 26)]);

    /// The calendar of an event's place. The overseas holidays follow the region, the Alsace-Moselle
    /// ones the department (Grand Est also holds seven departments without them).
    public static WorkingCalendar For(string? regionCode, string? departmentCode) =>
        departmentCode is "57" or "67" or "68" ? AlsaceMoselle
        : regionCode is not null && Overseas.TryGetValue(regionCode, out var overseas) ? overseas
        : National;

    public static IEnumerable<DateOnly> NationalHolidays(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            new(year, 1, 1),
            easter.AddDays(1),   // lundi de Pâques
            new(year, 5, 1),
            new(year, 5, 8),
            easter.AddDays(39),  // Ascension
            easter.AddDays(50),  // lundi de Pentecôte
            new(year, 7, 14),
            new(year, 8, 15),
            new(year, 11, 1),
            new(year, 11, 11),
            new(year, 12, 25),
        ];
    }

    /// Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var dayOfMonth = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
