namespace SemaineIndustrie.Features.Events;

public static class EventUrls
{
    public static string Page(int id, string slug) => $"/evenements/{id}-{slug}";
    public static string Calendar(int id, string slug) => $"/evenements/{id}-{slug}/agenda.ics";
    public static string Image(int id, DateTime updatedAt) => $"/evenements/{id}/image?v={updatedAt.Ticks}";
}
