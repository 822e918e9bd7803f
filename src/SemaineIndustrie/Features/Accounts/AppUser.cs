using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Features.Accounts;

/// A person with an account: an organiser (member of one organisation), a regional moderator or a
/// national administrator. The e-mail address is the user name.
public sealed class AppUser : IdentityUser<int>
{
    public string FullName { get; set; } = "";
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<ModeratorRegion> ModeratorRegions { get; set; } = [];
}

/// A region a moderator reviews requests for. A moderator may cover several regions.
public sealed class ModeratorRegion
{
    public int UserId { get; set; }
    public required string RegionCode { get; set; }
}

public static class Roles
{
    public const string Administrator = "Administrateur";
    public const string Moderator = "Moderateur";
    public const string Organiser = "Organisateur";

    public static IReadOnlyList<string> All { get; } = [Administrator, Moderator, Organiser];
}

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.FullName).HasMaxLength(120);
        builder.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId);
        builder.HasMany(u => u.ModeratorRegions).WithOne().HasForeignKey(r => r.UserId);
    }
}

public sealed class ModeratorRegionConfiguration : IEntityTypeConfiguration<ModeratorRegion>
{
    public void Configure(EntityTypeBuilder<ModeratorRegion> builder)
    {
        builder.ToTable("moderator_regions");
        builder.HasKey(r => new { r.UserId, r.RegionCode });
        builder.Property(r => r.RegionCode).HasMaxLength(3);
    }
}
