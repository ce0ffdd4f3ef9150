using Dapr;
using Dapr.Client;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Moq;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.BuildingBlocks.Tests.Persistence;

public sealed class ServiceDatabaseTests
{
    private readonly Mock<DaprClient> dapr = new();
    private readonly ServiceDatabase database = new("Orders", SchemaCreation.EnsureCreated);

    [Fact]
    public async Task A_connection_string_in_the_secret_store_chooses_postgresql()
    {
        dapr.Setup(d => d.GetSecretAsync("secretstore", "orders", It.IsAny<IReadOnlyDictionary<string, string>>(),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<string, string> { ["connectionString"] = "Host=db", ["other"] = "x" });

        var target = await database.ChooseAsync(Secrets(), Configuration(), CancellationToken.None);

        Assert.Equal(new DatabaseTarget(DatabaseProvider.PostgreSql, "Host=db"), target);
    }

    [Fact]
    public async Task Without_it_the_sqlite_file_of_the_service_connection_string_is_used()
    {
        NoSecret();

        var target = await database.ChooseAsync(Secrets(), Configuration(("ConnectionStrings:Orders", "Data Source=/data/o.db")), CancellationToken.None);

        Assert.Equal(new DatabaseTarget(DatabaseProvider.Sqlite, "Data Source=/data/o.db"), target);
    }

    [Fact]
    public async Task Without_either_the_service_gets_its_own_sqlite_file()
    {
        NoSecret();

        var target = await database.ChooseAsync(Secrets(), Configuration(), CancellationToken.None);

        Assert.Equal(new DatabaseTarget(DatabaseProvider.Sqlite, "Data Source=orders.db"), target);
    }

    [Fact]
    public void The_target_neither_shows_its_connection_string_nor_exists_before_start_up_chose_it()
    {
        Assert.Throws<InvalidOperationException>(() => database.Target);

        database.Use(new DatabaseTarget(DatabaseProvider.PostgreSql, "Host=db;Password=secret"));

        Assert.Equal("PostgreSql", database.Target.ToString());
    }

    private void NoSecret() =>
        dapr.Setup(d => d.GetSecretAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, string>>(),
                It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DaprException("secret", new RpcException(new Status(StatusCode.Internal, "ERR_SECRET_GET"))));

    private SecretStoreReader Secrets() => new(dapr.Object, "secretstore");

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
}
