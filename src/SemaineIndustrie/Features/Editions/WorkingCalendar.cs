using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace SemaineIndustrie.Features.Editions;

/// The working days of one place: the national holidays plus its own.
public sealed class WorkingCalendar(Func<int, IEnumerable<DateOnly>> localHolidays)
{
    // The statistics count the days of thousands of requests: each year's set is built once.
    private readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> _holidays = new();

    public IReadOnlySet<DateOnly> PublicHolidays(int year) =>
        _holidays.GetOrAdd(year, y => WorkingDays.NationalHolidays(y).Concat(localHolidays(y)).ToFrozenSet());

    public bool IsPublicHoliday(DateOnly day) => PublicHolidays(day.Year).Contains(day);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    /// The day that falls <paramref name="workingDays"/> working days after <paramref name="from"/>
    /// (a request submitted on Friday evening with 4 days is due on Thursday).
    public DateOnly Add(DateOnly from, int workingDays)
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
    public int Between(DateOnly from, DateOnly to)
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
}
