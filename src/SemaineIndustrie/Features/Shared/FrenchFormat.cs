using System.Globalization;

namespace SemaineIndustrie.Features.Shared;

/// Dates and numbers as French public sites write them: « lundi 16 novembre 2026, 9 h 00 – 12 h 00 »,
/// « du 16 au 22 novembre 2026 », « 1er décembre », « 15e édition », « 12,5 km ».
public static class FrenchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    public static string Date(DateOnly day) => $"{DayAndMonth(day)} {day.Year}";

    public static string DayDate(DateOnly day) => $"{day.ToString("dddd", Culture)} {Date(day)}";

    public static string Range(DateOnly from, DateOnly to)
    {
        if (from == to)
        {
            return "le " + Date(from);
        }
        if (from.Year != to.Year)
        {
            return $"du {Date(from)} au {Date(to)}";
        }
        return from.Month != to.Month
            ? $"du {DayAndMonth(from)} au {Date(to)}"
            : $"du {DayNumber(from.Day)} au {Date(to)}";
    }

    public static string Time(DateTime time) => $"{time.Hour} h {time.Minute:00}";

    /// A session in the event's own time zone; the end day is repeated only when it differs.
    public static string Slot(DateTime startUtc, DateTime endUtc, TimeZoneInfo zone)
    {
        var start = ToLocal(startUtc, zone);
        var end = ToLocal(endUtc, zone);
        var startDay = DateOnly.FromDateTime(start);
        var endDay = DateOnly.FromDateTime(end);
        return startDay == endDay
            ? $"{DayDate(startDay)}, {Time(start)} – {Time(end)}"
            : $"{DayDate(startDay)}, {Time(start)} – {DayDate(endDay)}, {Time(end)}";
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// « 1re édition », « 15e édition »: édition is feminine.
    public static string EditionOrdinal(int number) => number + OrdinalSuffix(number);

    public static string OrdinalSuffix(int number) => number == 1 ? "re" : "e";

    public static string Number(int value) => value.ToString("N0", Culture);

    public static string Kilometres(double value) => value.ToString("0.#", Culture) + " km";

    private static string DayAndMonth(DateOnly day) => $"{DayNumber(day.Day)} {day.ToString("MMMM", Culture)}";

    private static string DayNumber(int day) => day == 1 ? "1er" : day.ToString(CultureInfo.InvariantCulture);
}
