namespace SemaineIndustrie.Features.Events;

/// An entry of one of the edition's lists: event types, audiences, themes and sectors.
public sealed class Term
{
    public TermKind Kind { get; set; }
    public required string Code { get; set; }
    public required string Label { get; set; }
    public int Position { get; set; }
}

public enum TermKind { Type, Audience, Theme, Sector }

/// The audiences and themes of an event (types and sectors are single-valued columns on the event).
public sealed class EventTerm
{
    public int EventId { get; set; }
    public TermKind Kind { get; set; }
    public required string Code { get; set; }
}
