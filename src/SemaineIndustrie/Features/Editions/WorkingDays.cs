namespace SemaineIndustrie.Features.Editions;

/// French working days: Monday to Friday, minus the eleven national public holidays (Code du
/// travail, art. L3133-1), three of which move with Easter. The committee's review delay counts
/// these days only.
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    /// The day that falls <paramref name="workingDays"/> working days after <paramref name="from"/>
    /// (a request submitted on Friday evening with 4 days is due on Thursday).
    public static DateOnly Add(DateOnly from, int workingDays)
    {
        var day = from;
        for (var added = 0; added < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                added++;
            }
        }
        return day;
    }

    /// Working days elapsed from one day to a later one (0 on the same day).
    public static int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day < to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day.AddDays(1)))
            {
                count++;
            }
        }
        return count;
    }

    public static bool IsPublicHoliday(DateOnly day) => PublicHolidays(day.Year).Contains(day);

    public static IReadOnlySet<DateOnly> PublicHolidays(int year)
    {
        var easter = EasterSunday(year);
        return new HashSet<DateOnly>
        {
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
        };
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
