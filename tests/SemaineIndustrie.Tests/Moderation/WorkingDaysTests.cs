using SemaineIndustrie.Features.Editions;

namespace SemaineIndustrie.Tests.Moderation;

public sealed class WorkingDaysTests
{
    public static TheoryData<int, string, string, string> MovableHolidays => new()
    {
        // year, Easter Monday, Ascension, Whit Monday
        { 2024, "2024-04-01", "2024-05-09", "2024-05-20" },
        { 2025, "2025-04-21", "2025-05-29", "2025-06-09" },
        { 2026, "2026-04-06", "2026-05-14", "2026-05-25" },
        { 2027, "2027-03-29", "2027-05-06", "2027-05-17" },
        { 2028, "2028-04-17", "2028-05-25", "2028-06-05" },
        { 2029, "2029-04-02", "2029-05-10", "2029-05-21" },
        { 2030, "2030-04-22", "2030-05-30", "2030-06-10" },
    };

    [Theory]
    [MemberData(nameof(MovableHolidays))]
    public void The_holidays_that_move_with_Easter_are_known_from_2024_to_2030(int year, string easterMonday, string ascension, string whitMonday)
    {
        var holidays = WorkingDays.PublicHolidays(year);
        Assert.Equal(11, holidays.Count);
        Assert.Contains(DateOnly.Parse(easterMonday, System.Globalization.CultureInfo.InvariantCulture), holidays);
        Assert.Contains(DateOnly.Parse(ascension, System.Globalization.CultureInfo.InvariantCulture), holidays);
        Assert.Contains(DateOnly.Parse(whitMonday, System.Globalization.CultureInfo.InvariantCulture), holidays);
        Assert.Contains(new DateOnly(year, 11, 11), holidays);
    }

    [Theory]
    [InlineData("2026-11-16", "2026-11-20")] // Monday → Friday
    [InlineData("2026-11-20", "2026-11-26")] // Friday → Thursday, over the weekend
    [InlineData("2026-11-07", "2026-11-13")] // Saturday → Friday, 11 November skipped
    [InlineData("2025-04-17", "2025-04-24")] // Thursday before Easter → Easter Monday skipped
    [InlineData("2026-05-13", "2026-05-20")] // the day before Ascension
    [InlineData("2027-05-14", "2027-05-21")] // Friday before Whit Monday
    [InlineData("2028-12-22", "2028-12-29")] // Christmas on a Monday
    [InlineData("2030-11-08", "2030-11-15")] // Friday before 11 November on a Monday
    public void A_request_is_due_four_working_days_after_it_is_submitted(string submitted, string due)
    {
        var day = DateOnly.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), WorkingDays.Add(day, 4));
    }

    [Fact]
    public void Working_days_between_two_dates_skip_weekends_and_holidays()
    {
        Assert.Equal(4, WorkingDays.Between(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 26)));
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 22)));
    }
}
