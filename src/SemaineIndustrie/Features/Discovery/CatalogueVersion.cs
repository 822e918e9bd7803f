using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Discovery;

/// A single-row counter bumped in the same transaction as any change to the public catalogue, so
/// every application instance notices it by polling the database (STYLE §6).
public sealed class CatalogueVersion
{
    public int Id { get; set; }
    public long Version { get; set; }
}

public sealed class CatalogueVersionConfiguration : IEntityTypeConfiguration<CatalogueVersion>
{
    public void Configure(EntityTypeBuilder<CatalogueVersion> builder)
    {
        builder.ToTable("catalogue_version");
        builder.Property(c => c.Id).ValueGeneratedNever();
    }
}

public static class CatalogueChanges
{
    public static Task<int> BumpCatalogueVersionAsync(this AppDbContext db, CancellationToken ct) =>
        db.CatalogueVersions.Where(c => c.Id == 1)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1), ct);

    public static Task<long> CatalogueVersionAsync(this AppDbContext db, CancellationToken ct) =>
        db.CatalogueVersions.AsNoTracking().Where(c => c.Id == 1).Select(c => c.Version).SingleAsync(ct);
}
