using System.Globalization;
using System.Text;
using System.Xml;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.OpenData;

/// RSS 2.0: the latest labelled events of the selection, the most recently labelled first.
public static class RssFeed
{
    public const int Size = 50;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(OpenSelection selection, IReadOnlyList<ExportEvent> latest)
    {
        var origin = selection.Origin;
        var indexed = selection.Events.ToDictionary(e => e.Id);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, Atom);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", "Semaine de l'industrie – derniers événements labellisés");
            xml.WriteElementString("link", origin + "/evenements" + selection.Request.QueryString.Value);
            xml.WriteElementString("description", "Les derniers événements labellisés de la Semaine de l'industrie pour cette sélection.");
            xml.WriteElementString("language", "fr-FR");
            xml.WriteStartElement("atom", "link", Atom);
            xml.WriteAttributeString("href", origin + selection.Request.Path + selection.Request.QueryString.Value);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            if (latest.Count > 0 && latest[0].LabelledAt is { } newest)
            {
                xml.WriteElementString("lastBuildDate", Date(newest));
            }
            foreach (var r in latest)
            {
                var e = indexed[r.Id];
                var url = origin + EventUrls.Page(r.Id, r.Slug);
                var where = e.CommuneName is null ? "" : $" – {e.CommuneName}";
                xml.WriteStartElement("item");
                xml.WriteElementString("title", r.Title);
                xml.WriteElementString("link", url);
                xml.WriteElementString("description", $"{r.Summary}\n\nPremière séance : {DateTime.SpecifyKind(e.FirstStartsAt, DateTimeKind.Utc):yyyy-MM-dd HH:mm} UTC{where}.");
                xml.WriteElementString("category", selection.Catalogue.Types.Items[e.Type].Label);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(url);
                xml.WriteEndElement();
                if (r.LabelledAt is { } labelled)
                {
                    xml.WriteElementString("pubDate", Date(labelled));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    /// RFC 822 dates, as RSS 2.0 asks; "r" writes them in GMT.
    private static string Date(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture);
}
