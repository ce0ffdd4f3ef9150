using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace PurchasePlatform.Orders.Infrastructure.Persistence;

/// <summary>
/// Hands out ORD-YYYY-NNNNNN. The counter row is updated inside the caller's transaction, which holds its lock until
/// the order is committed or rolled back: numbers are unique, and a rolled-back order gives its number back, so a
/// year's numbers have no gaps.
/// </summary>
public static class OrderNumbers
{
    public static string Format(int year, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"ORD-{year:D4}-{number:D6}");

    /// <summary>The next number of <paramref name="year"/>; call it inside a transaction, as the first write.</summary>
    public static async Task<string> NextAsync(OrdersDbContext db, int year, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                          ?? throw new InvalidOperationException("Order numbers are taken inside the order's transaction.");
        var connection = db.Database.GetDbConnection();

        await using (var ensure = Command(connection, transaction,
                         $"INSERT INTO {OrderNumberCounter.Table} (year, last_number) VALUES (@year, 0) ON CONFLICT (year) DO NOTHING", year))
        {
            await ensure.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var next = Command(connection, transaction,
            $"UPDATE {OrderNumberCounter.Table} SET last_number = last_number + 1 WHERE year = @year RETURNING last_number", year);
        var number = Convert.ToInt64(await next.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return Format(year, number);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, int year)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        return command;
    }
}
