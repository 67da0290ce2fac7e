using LaiChau.Host.ApiDocs;
using LaiChau.Host.Calendar;
using LaiChau.Host.Configuration;
using LaiChau.Host.Data;
using LaiChau.Host.Demo;
using LaiChau.Host.Designer;
using LaiChau.Host.Documents;
using LaiChau.Host.Errors;
using LaiChau.Host.Health;
using LaiChau.Host.Logging;
using LaiChau.Host.Mail;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Security.DesignerSignIn;
using LaiChau.Host.Testing;
using LaiChau.Host.Web;
using LaiChau.Host.Workflows;

var builder = WebApplication.CreateBuilder(DemoSetup.Options(args)); // --demo: demo data on an evaluation install
builder.AddTesting() // before AddSettings: a controlled clock replaces the system clock
    .AddDemo() // so too the demo's clock; its seeding decides before any other hosted service writes
    .AddSettings()
    .AddLogging()
    .AddProblemResponses()
    .AddDatabase()
    .AddApiKeys()
    .AddDesignerSignIn() // after AddApiKeys: browsers of administrators sign in with a key, then use a cookie
    .AddStaffAccounts()
    .AddWeb()
    .AddDocuments()
    .AddCalendar()
    .AddReferenceData()
    .AddMail()
    .AddReports()
    .AddWorkflows()
    .AddHealth()
    .AddApiDocs();

var app = builder.Build();
app.UseTrustedProxies(); // first: behind a reverse proxy, the client's address and scheme (Web:ForwardedHeaders)
app.UseRequestLogging(); // outermost, so it records the status that the client finally gets
app.UseProblemResponses();
app.UseWeb(); // language, and HTML error pages for pages
app.UseRouting(); // after the error pages, so that a re-executed error is routed to its page
app.UseRequestRouteCapture();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealth();
app.MapApiKeys();
app.MapStaffAccounts();
app.MapCalendar();
app.MapReferenceData();
app.MapReports();
app.MapReportMedia();
app.MapMail();
app.MapWorkflows();
app.MapDesigner();
app.MapWeb();
app.MapTesting();
app.MapApiDocs();

return await app.RunOrExplainAsync();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
