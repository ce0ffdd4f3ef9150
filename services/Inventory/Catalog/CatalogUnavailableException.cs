namespace PurchasePlatform.Inventory.Catalog;

public sealed class CatalogUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
