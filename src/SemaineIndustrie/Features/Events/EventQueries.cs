namespace SemaineIndustrie.Features.Events;

public static class EventQueries
{
    /// Only labelled events are public; drafts, requests under review and rejected ones are not.
    public static IQueryable<Event> Labelled(this IQueryable<Event> events) =>
        events.Where(e => e.Status == EventStatus.Labelled);
}
