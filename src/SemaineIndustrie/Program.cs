using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Content;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Events.Kit;
using SemaineIndustrie.Features.Events.Manage;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Import;
using SemaineIndustrie.Features.Moderation;
using SemaineIndustrie.Features.OpenData;
using SemaineIndustrie.Features.Registrations;
using SemaineIndustrie.Features.Site;
using SemaineIndustrie.Features.Statistics;
using SemaineIndustrie.Web;
using SemaineIndustrie.Web.Mail;

var builder = WebApplication.CreateBuilder(args);
builder.AddDatabase();
builder.Services.AddGeography(builder.Configuration, builder.Environment);
builder.Services.AddWebPlumbing(builder.Configuration);
builder.Services.AddDiscovery();
builder.Services.AddMail(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddOrganiserArea(builder.Configuration);
builder.Services.AddEventImport();
builder.Services.AddModeration(builder.Configuration);
builder.Services.AddRegistrations(builder.Configuration);
builder.Services.AddStatistics();
builder.Services.AddOpenData();
builder.Services.AddSite();
builder.Services.AddContent();

var app = builder.Build();
if (await app.RunDatabaseCommandAsync(args) || await app.RunAccountCommandAsync(args))
{
    return;
}
await app.PrepareDatabaseAsync();

app.UseWebPlumbing();
app.MapDiscovery();
app.MapEventCalendar();
app.MapKit();
app.MapOpenData();
app.MapContent();
app.MapBenchmarkBaseline();
app.MapSite();
app.MapEventImage();
app.MapRazorPages();
app.Run();
