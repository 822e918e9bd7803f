using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Features.Content.Manage;

/// The content manager's form. The optional fields matter for some kinds only (see <see cref="ContentItem"/>).
public sealed record ContentInput
{
    public ContentKind Kind { get; init; }

    [Required(ErrorMessage = "Indiquez un titre.")]
    [StringLength(200, ErrorMessage = "Le titre ne peut pas dépasser 200 caractères.")]
    public string? Title { get; init; }

    [StringLength(100, ErrorMessage = "L'adresse ne peut pas dépasser 100 caractères.")]
    public string? Slug { get; init; }

    [StringLength(400, ErrorMessage = "Le résumé ne peut pas dépasser 400 caractères.")]
    public string? Summary { get; init; }

    [StringLength(100_000, ErrorMessage = "Le texte ne peut pas dépasser 100 000 caractères.")]
    public string? Body { get; init; }

    public ContentStatus Status { get; init; }
    public DateOnly? PublishedOn { get; init; }

    [StringLength(100, ErrorMessage = "Le lieu ne peut pas dépasser 100 caractères.")]
    public string? Place { get; init; }

    public string? RegionCode { get; init; }
    public ResourceSpace? Space { get; init; }
    public string? Category { get; init; }
    public string? AudienceCode { get; init; }
    public string? SectorCode { get; init; }

    [StringLength(500, ErrorMessage = "Le lien ne peut pas dépasser 500 caractères.")]
    public string? LinkUrl { get; init; }

    [Range(0, 9999, ErrorMessage = "L'ordre est un nombre entre 0 et 9 999.")]
    public int SortOrder { get; init; }

    public static ContentInput From(ContentItem c) => new()
    {
        Kind = c.Kind, Title = c.Title, Slug = c.Slug, Summary = c.Summary, Body = c.Body, Status = c.Status, PublishedOn = c.PublishedOn,
        Place = c.Place, RegionCode = c.RegionCode, Space = c.Space, Category = c.Category, AudienceCode = c.AudienceCode,
        SectorCode = c.SectorCode, LinkUrl = c.LinkUrl, SortOrder = c.SortOrder,
    };

    /// The checks that data annotations cannot express, as French messages on the fields.
    public void Validate(ModelStateDictionary state, FrenchGeography geography, IReadOnlyCollection<string> audiences, IReadOnlyCollection<string> sectors)
    {
        if (RegionCode is { Length: > 0 } && geography.Region(RegionCode) is null)
        {
            state.AddModelError("Input.RegionCode", "Choisissez une région de la liste.");
        }
        if (LinkUrl is { Length: > 0 } && SafeLinks.Http(LinkUrl) is null)
        {
            state.AddModelError("Input.LinkUrl", "Indiquez une adresse complète commençant par https:// ou http://.");
        }
        if (Kind == ContentKind.Resource)
        {
            if (Space is null)
            {
                state.AddModelError("Input.Space", "Choisissez l'espace de la ressource : enseignants ou entreprises.");
            }
            if (!ResourceCategories.All.Any(c => c.Code == Category))
            {
                state.AddModelError("Input.Category", "Choisissez la catégorie de la ressource.");
            }
            if (AudienceCode is { Length: > 0 } && !audiences.Contains(AudienceCode))
            {
                state.AddModelError("Input.AudienceCode", "Choisissez un public de la liste.");
            }
            if (SectorCode is { Length: > 0 } && !sectors.Contains(SectorCode))
            {
                state.AddModelError("Input.SectorCode", "Choisissez une filière de la liste.");
            }
        }
    }

    public void ApplyTo(ContentItem c, string slug, DateOnly today)
    {
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var resource = Kind == ContentKind.Resource;
        var dated = Kind is ContentKind.PressRelease or ContentKind.News;
        (c.Kind, c.Title, c.Slug, c.Summary, c.Body, c.Status) = (Kind, Title!.Trim(), slug, Clean(Summary), Body?.Trim() ?? "", Status);
        c.PublishedOn = PublishedOn ?? today;
        (c.Place, c.RegionCode) = (dated ? Clean(Place) : null, dated || resource ? Clean(RegionCode) : null);
        (c.Space, c.Category) = (resource ? Space : null, resource ? Category : Kind == ContentKind.Partner ? Clean(Category) : null);
        (c.AudienceCode, c.SectorCode) = (resource ? Clean(AudienceCode) : null, resource ? Clean(SectorCode) : null);
        (c.LinkUrl, c.SortOrder) = (SafeLinks.Http(LinkUrl), SortOrder);
        c.Fold();
    }
}
