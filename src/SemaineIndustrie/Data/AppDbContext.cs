using System.Text;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser, IdentityRole<int>, int>(options), IDataProtectionKeyContext
{
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<Term> Terms => Set<Term>();
    public DbSet<EventTerm> EventTerms => Set<EventTerm>();
    public DbSet<CatalogueVersion> CatalogueVersions => Set<CatalogueVersion>();
    public DbSet<ModeratorRegion> ModeratorRegions => Set<ModeratorRegion>();
    public DbSet<LabelRequest> LabelRequests => Set<LabelRequest>();
    public DbSet<EventHistoryEntry> EventHistory => Set<EventHistoryEntry>();
    public DbSet<EventImage> EventImages => Set<EventImage>();
    public DbSet<Features.Registrations.Registration> Registrations => Set<Features.Registrations.Registration>();
    public DbSet<Features.Moderation.DigestRun> DigestRuns => Set<Features.Moderation.DigestRun>();
    public DbSet<Features.Import.ImportBatch> ImportBatches => Set<Features.Import.ImportBatch>();
    public DbSet<Features.Content.ContentItem> ContentItems => Set<Features.Content.ContentItem>();
    public DbSet<Features.Content.ContentFile> ContentFiles => Set<Features.Content.ContentFile>();
    public DbSet<Features.Content.Contact> Contacts => Set<Features.Content.Contact>();
    public DbSet<Features.Content.ContentVersion> ContentVersions => Set<Features.Content.ContentVersion>();

    /// The keys that protect cookies and anti-forgery tokens, shared by every instance.
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        NameIdentityTables(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        UseSnakeCaseColumns(builder);
    }

    /// SQLite keeps instants as text without a zone; they are always written in UTC, so read them as UTC.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        }
    }

    private static void NameIdentityTables(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdentityRole<int>>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<int>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<int>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<int>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<int>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<int>>().ToTable("role_claims");
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }

    /// The SQL scripts name columns in snake_case on both providers.
    private static void UseSnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                // An owned type shares its owner's key column; leave that mapping to EF.
                if (property.GetColumnName() == property.Name && !(entity.IsOwned() && property.IsPrimaryKey()))
                {
                    property.SetColumnName(SnakeCase(property.Name));
                }
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}

public sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v,
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

