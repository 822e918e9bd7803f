using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using SemaineIndustrie.Features.Discovery;

namespace SemaineIndustrie.Features.Site;

/// sitemap.xml (sitemaps.org protocol) gathered from every registered <see cref="ISitemapSource"/>.
/// Up to 50,000 URLs it is one file; beyond, sitemap.xml is an index of sitemap-1.xml, sitemap-2.xml…
/// The files are built together, so the index and its parts always agree, and kept until the
/// catalogue version moves or for ten minutes at most (editorial pages change without moving it),
/// each with its gzip copy: a full edition's sitemap is 1.3 MB of XML, about 120 kB compressed.
public sealed class Sitemap(CatalogueHolder catalogue, PublicSite site, TimeProvider clock) : IDisposable
{
    public const int MaxUrlsPerFile = 50_000;
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    private readonly SemaphoreSlim _oneBuild = new(1, 1);
    private Files? _files;

    private sealed record Files(long Version, DateTimeOffset BuiltAt, IReadOnlyList<SitemapFile> Documents);

    /// File 0 is sitemap.xml, 1… the numbered sitemaps of an index; null when there is no such file.
    public async Task<SitemapFile?> FileAsync(int number, IServiceProvider requestServices, CancellationToken ct)
    {
        var files = await CurrentAsync(requestServices, ct);
        return number >= 0 && number < files.Documents.Count ? files.Documents[number] : null;
    }

    private async Task<Files> CurrentAsync(IServiceProvider requestServices, CancellationToken ct)
    {
        var version = catalogue.Current.Version;
        if (Fresh(Volatile.Read(ref _files), version) is { } fresh)
        {
            return fresh;
        }
        await _oneBuild.WaitAsync(ct);
        try
        {
            if (Fresh(_files, version) is { } built)
            {
                return built;
            }
            var entries = await GatherAsync(requestServices.GetServices<ISitemapSource>(), ct);
            var files = new Files(version, clock.GetUtcNow(), Build(entries));
            Volatile.Write(ref _files, files);
            return files;
        }
        finally
        {
            _oneBuild.Release();
        }
    }

    private Files? Fresh(Files? files, long version) =>
        files is not null && files.Version == version && clock.GetUtcNow() - files.BuiltAt is var age && age >= TimeSpan.Zero && age < MaxAge
            ? files : null;

    /// Every source's entries, each path once (the first source to list it wins).
    private static async Task<List<SitemapEntry>> GatherAsync(IEnumerable<ISitemapSource> sources, CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<SitemapEntry>();
        foreach (var source in sources)
        {
            await foreach (var entry in source.EntriesAsync(ct))
            {
                if (seen.Add(entry.Path))
                {
                    entries.Add(entry);
                }
            }
        }
        return entries;
    }

    private List<SitemapFile> Build(List<SitemapEntry> entries)
    {
        if (entries.Count <= MaxUrlsPerFile)
        {
            return [SitemapFile.Of(UrlSet(entries))];
        }
        var parts = entries.Chunk(MaxUrlsPerFile).Select(UrlSet).ToList();
        return [SitemapFile.Of(Index(parts.Count)), .. parts.Select(SitemapFile.Of)];
    }

    private byte[] UrlSet(IEnumerable<SitemapEntry> entries) => Write("urlset", xml =>
    {
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, site.Url(entry.Path));
            if (entry.LastModifiedUtc is { } modified)
            {
                xml.WriteElementString("lastmod", Namespace, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            xml.WriteEndElement();
        }
    });

    private byte[] Index(int parts) => Write("sitemapindex", xml =>
    {
        for (var number = 1; number <= parts; number++)
        {
            xml.WriteStartElement("sitemap", Namespace);
            xml.WriteElementString("loc", Namespace, site.Url(PartPath(number)));
            xml.WriteEndElement();
        }
    });

    public void Dispose() => _oneBuild.Dispose();

    public static string PartPath(int number) => $"/sitemap-{number.ToString(CultureInfo.InvariantCulture)}.xml";

    private static byte[] Write(string root, Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            body(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }
}

public sealed record SitemapFile(byte[] Xml, byte[] Gzip)
{
    public static SitemapFile Of(byte[] xml)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            gzip.Write(xml);
        }
        return new SitemapFile(xml, compressed.ToArray());
    }
}
