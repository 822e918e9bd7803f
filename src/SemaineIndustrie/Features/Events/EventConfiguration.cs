using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SemaineIndustrie.Features.Events;

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("events");
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.PublicStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Format).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.RegistrationMode).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Title).HasMaxLength(150);
        builder.Property(e => e.Slug).HasMaxLength(160);
        builder.Property(e => e.Summary).HasMaxLength(300);
        builder.Property(e => e.TypeCode).HasMaxLength(40);
        builder.Property(e => e.SectorCode).HasMaxLength(40);
        builder.OwnsOne(e => e.Place, place =>
        {
            place.Property(p => p.AddressLine).HasColumnName("address_line").HasMaxLength(200);
            place.Property(p => p.PostalCode).HasColumnName("postal_code").HasMaxLength(5);
            place.Property(p => p.CommuneCode).HasColumnName("commune_code").HasMaxLength(5);
            place.Property(p => p.CommuneName).HasColumnName("commune_name").HasMaxLength(100);
            place.Property(p => p.DepartmentCode).HasColumnName("department_code").HasMaxLength(3);
            place.Property(p => p.RegionCode).HasColumnName("region_code").HasMaxLength(2);
            place.Property(p => p.Latitude).HasColumnName("latitude");
            place.Property(p => p.Longitude).HasColumnName("longitude");
            place.Property(p => p.AccessInfo).HasColumnName("access_info").HasMaxLength(500);
        });
        builder.Navigation(e => e.Place).IsRequired();
        builder.HasOne(e => e.Edition).WithMany().HasForeignKey(e => e.EditionId);
        builder.HasOne(e => e.Organisation).WithMany().HasForeignKey(e => e.OrganisationId);
        builder.HasMany(e => e.Sessions).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Terms).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.EditionId, e.Status });
        builder.HasIndex(e => e.OrganisationId);
    }
}

public sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("sessions");
        builder.HasIndex(s => s.EventId);
    }
}

public sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> builder)
    {
        builder.ToTable("terms");
        builder.HasKey(t => new { t.Kind, t.Code });
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.Code).HasMaxLength(40);
        builder.Property(t => t.Label).HasMaxLength(100);
    }
}

public sealed class EventTermConfiguration : IEntityTypeConfiguration<EventTerm>
{
    public void Configure(EntityTypeBuilder<EventTerm> builder)
    {
        builder.ToTable("event_terms");
        builder.HasKey(t => new { t.EventId, t.Kind, t.Code });
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.Code).HasMaxLength(40);
    }
}
