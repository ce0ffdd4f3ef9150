using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PurchasePlatform.BuildingBlocks.Persistence;

/// <summary>All times are UTC; SQLite hands them back without a kind, which would serialize without the "Z".</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
