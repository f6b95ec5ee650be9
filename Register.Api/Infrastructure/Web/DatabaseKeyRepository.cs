using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Register.Api.Infrastructure.Database;

namespace Register.Api.Infrastructure.Web;

/// <summary>
/// Data Protection's key ring in the register's database (table <c>data_protection_keys</c>, migration 0010), so that
/// every instance behind a load balancer protects and reads session cookies and antiforgery tokens with the same keys,
/// and a restart does not sign everyone out. Keys are added, never changed: Data Protection expires and revokes a key
/// by writing another element.
/// </summary>
public sealed class DatabaseKeyRepository(Db db, TimeProvider clock) : IXmlRepository
{
    public const string AllSql = "SELECT xml FROM data_protection_keys ORDER BY id";
    public const string InsertSql = "INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES (@FriendlyName, @Xml, @Now)";

    // Data Protection's repository interface is synchronous; it is called when the key ring is first needed and when it
    // is refreshed (about once a day), never per request.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        db.ReadAsync(async session => (await session.QueryAsync<string>(AllSql)).Select(XElement.Parse).ToList(), CancellationToken.None)
            .GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) =>
        db.WriteAsync(session => session.ExecuteAsync(InsertSql,
                new { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting), Now = clock.GetUtcNow().UtcDateTime }),
            CancellationToken.None).GetAwaiter().GetResult();
}
