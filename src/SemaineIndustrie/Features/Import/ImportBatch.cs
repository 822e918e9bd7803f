using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SemaineIndustrie.Features.Import;

/// An uploaded file, kept between the dry run and the import so the organiser confirms exactly what
/// was analysed (and any instance can finish the job).
public sealed class ImportBatch
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int EditionId { get; set; }
    public int UserId { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public ImportBatchStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ImportedAt { get; set; }

    /// After the import: JSON of <see cref="ImportOutcome"/>.
    public string? OutcomeJson { get; set; }
}

public enum ImportBatchStatus { Analysed, Importing, Imported }

public sealed record ImportOutcome(int Imported, int Skipped, IReadOnlyList<ImportRowOutcome> Rows);

public sealed record ImportRowOutcome(int Line, string Title, bool Imported, int? EventId, IReadOnlyList<string> Messages);

public sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("import_batches");
        builder.Property(b => b.FileName).HasMaxLength(200);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(b => b.OrganisationId);
    }
}
