using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Registrations;

/// A person or a group (a teacher with a class) registered for one session, or waiting for a seat.
/// Personal fields are emptied when the registrant erases them or the retention period ends.
public sealed class Registration
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public Session? Session { get; set; }
    public int EventId { get; set; }
    public RegistrationKind Kind { get; set; }
    public RegistrationStatus Status { get; set; }
    public int Participants { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }

    /// The e-mail in lower case: one live registration per address and session.
    public string? EmailKey { get; set; }
    public string? Phone { get; set; }
    public string? Establishment { get; set; }
    public string? ClassLevel { get; set; }
    public bool AddedByOrganiser { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? PromotedAt { get; set; }
    public DateTime? AnonymisedAt { get; set; }
}

public enum RegistrationKind { Individual, Group }

public enum RegistrationStatus { Confirmed, Waitlisted, Cancelled }

public sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("registrations");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.Name).HasMaxLength(120);
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.EmailKey).HasMaxLength(254);
        builder.Property(r => r.Phone).HasMaxLength(20);
        builder.Property(r => r.Establishment).HasMaxLength(200);
        builder.Property(r => r.ClassLevel).HasMaxLength(60);
        builder.HasOne(r => r.Session).WithMany().HasForeignKey(r => r.SessionId);
        builder.HasIndex(r => new { r.SessionId, r.Status, r.Id });
        builder.HasIndex(r => r.EventId);
    }
}
