using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SemaineIndustrie.Features.Content;

/// Press contacts (national when no region) are listed on the press page; regional contacts (the
/// DREETS, the rectorat or région académique, the regional council) on their region's page.
public enum ContactScope { Press, Region }

public sealed class Contact
{
    public int Id { get; set; }
    public ContactScope Scope { get; set; }
    public string? RegionCode { get; set; }
    public required string Organisation { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public int SortOrder { get; set; }
}

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("content_contacts");
        builder.Property(c => c.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RegionCode).HasMaxLength(3);
        builder.Property(c => c.Organisation).HasMaxLength(150);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Role).HasMaxLength(150);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Website).HasMaxLength(500);
    }
}

/// The single-row counter of published content changes (see <see cref="ContentCache"/>).
public sealed class ContentVersion
{
    public int Id { get; set; }
    public long Version { get; set; }
}

public sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.ToTable("content_version");
        builder.Property(c => c.Id).ValueGeneratedNever();
    }
}
