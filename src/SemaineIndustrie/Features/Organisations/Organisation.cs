using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SemaineIndustrie.Features.Organisations;

/// A structure that holds events: a company, a federation, a school, a local authority…
public sealed class Organisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public string? Siret { get; set; }
    public string? Website { get; set; }
    public string? CommuneCode { get; set; }
    public string? AddressLine { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum OrganisationKind { Company, Federation, School, LocalAuthority, PublicBody, Association, Other }

public static class OrganisationKinds
{
    public static string Label(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.Company => "Entreprise",
        OrganisationKind.Federation => "Fédération industrielle",
        OrganisationKind.School => "Établissement scolaire ou de formation",
        OrganisationKind.LocalAuthority => "Collectivité territoriale",
        OrganisationKind.PublicBody => "Administration ou opérateur public",
        OrganisationKind.Association => "Association",
        _ => "Autre",
    };
}

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Siret).HasMaxLength(14);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.CommuneCode).HasMaxLength(5);
        builder.Property(o => o.AddressLine).HasMaxLength(200);
        builder.Property(o => o.PostalCode).HasMaxLength(5);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.ContactName).HasMaxLength(120);
        builder.Property(o => o.ContactEmail).HasMaxLength(254);
        builder.Property(o => o.ContactPhone).HasMaxLength(20);
    }
}
