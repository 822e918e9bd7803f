namespace SemaineIndustrie.Features.Events;

/// One dated time slot of an event. Instants are UTC; pages show them in the event's time zone.
public sealed class Session
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public int? Capacity { get; set; }
}
