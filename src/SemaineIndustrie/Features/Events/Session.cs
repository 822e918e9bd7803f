namespace SemaineIndustrie.Features.Events;

/// One dated time slot of an event. Instants are UTC; pages show them in the event's time zone.
public sealed class Session
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public int? Capacity { get; set; }

    /// Seats held by confirmed registrations; the database refuses more than the capacity.
    public int SeatsTaken { get; set; }
    public bool RegistrationClosed { get; set; }

    /// Participants the organiser counted after the session.
    public int? ReportedAttendance { get; set; }
}
