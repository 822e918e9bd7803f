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
        var holidays = WorkingDays.National.PublicHolidays(year);
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
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), WorkingDays.National.Add(day, 4));
    }

    [Fact]
    public void Working_days_between_two_dates_skip_weekends_and_holidays()
    {
        Assert.Equal(4, WorkingDays.National.Between(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 26)));
        Assert.Equal(0, WorkingDays.National.Between(new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void A_request_in_La_Reunion_is_due_a_day_later_than_in_Lyon_when_20_December_falls_in_the_week()
    {
        // Saturday 18 December 2027: Monday 20 is the commemoration of the abolition of slavery in La Réunion.
        var submitted = new DateOnly(2027, 12, 18);
        Assert.Equal(new DateOnly(2027, 12, 23), WorkingDays.For("84", "69").Add(submitted, 4));
        Assert.Equal(new DateOnly(2027, 12, 24), WorkingDays.For("04", "974").Add(submitted, 4));
        Assert.Equal(1, WorkingDays.For("04", "974").Between(new DateOnly(2027, 12, 17), new DateOnly(2027, 12, 21)));
        Assert.Equal(2, WorkingDays.For("84", "69").Between(new DateOnly(2027, 12, 17), new DateOnly(2027, 12, 21)));
        // In 2026 the 20th is a Sunday: a request of Friday 18 December is due on Thursday 24 in both.
        Assert.Equal(WorkingDays.For("84", "69").Add(new DateOnly(2026, 12, 18), 4), WorkingDays.For("04", "974").Add(new DateOnly(2026, 12, 18), 4));
    }

    [Theory]
    [InlineData("67")] // Strasbourg
    [InlineData("68")] // Mulhouse
    [InlineData("57")] // Metz
    public void Good_Friday_and_26_December_are_off_in_Alsace_Moselle_only(string department)
    {
        // Thursday 25 March 2027: Good Friday 26, Easter Monday 29.
        Assert.Equal(new DateOnly(2027, 4, 2), WorkingDays.For("44", department).Add(new DateOnly(2027, 3, 25), 4));
        Assert.Equal(new DateOnly(2027, 4, 1), WorkingDays.For("44", "54").Add(new DateOnly(2027, 3, 25), 4));
        // Friday 22 December 2028: Christmas on Monday, 26 December on Tuesday, then New Year's Day.
        Assert.Equal(new DateOnly(2029, 1, 2), WorkingDays.For("44", department).Add(new DateOnly(2028, 12, 22), 4));
        Assert.Equal(new DateOnly(2028, 12, 29), WorkingDays.For("44", "54").Add(new DateOnly(2028, 12, 22), 4));
        Assert.Equal(13, WorkingDays.For("44", department).PublicHolidays(2027).Count);
    }

    [Theory]
    [InlineData("01", "971", "2027-05-27")] // Guadeloupe
    [InlineData("02", "972", "2027-05-22")] // Martinique
    [InlineData("03", "973", "2027-06-10")] // Guyane
    [InlineData("04", "974", "2027-12-20")] // La Réunion
    [InlineData("06", "976", "2027-04-27")] // Mayotte
    public void Each_overseas_region_adds_its_commemoration_of_the_abolition_of_slavery(string region, string department, string day)
    {
        var holiday = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var holidays = WorkingDays.For(region, department).PublicHolidays(2027);
        Assert.Equal(12, holidays.Count);
        Assert.Contains(holiday, holidays);
        Assert.DoesNotContain(holiday, WorkingDays.National.PublicHolidays(2027));
        Assert.DoesNotContain(holiday, WorkingDays.For("84", "69").PublicHolidays(2027));
    }

    [Theory]
    [InlineData("84", "69")]
    [InlineData("04", "974")]
    [InlineData("01", "971")]
    [InlineData("44", "67")]
    [InlineData("44", "54")]
    [InlineData("11", "")]
    public void A_national_holiday_is_off_everywhere(string region, string department)
    {
        // Monday 9 November 2026: 11 November skipped, due Monday 16.
        Assert.Equal(new DateOnly(2026, 11, 16), WorkingDays.For(region, department).Add(new DateOnly(2026, 11, 9), 4));
        Assert.Equal(WorkingDays.National.PublicHolidays(2026).Count, WorkingDays.National.PublicHolidays(2026).Intersect(WorkingDays.For(region, department).PublicHolidays(2026)).Count());
    }
}
