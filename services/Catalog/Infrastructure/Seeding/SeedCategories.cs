namespace PurchasePlatform.Catalog.Infrastructure.Seeding;

/// <summary>A category of the seed data set; <see cref="Products"/> describes the products of a leaf.</summary>
internal sealed record SeedCategory(string Id, string Name, string Slug, string Description, string? ParentId, SeedProductLine? Products = null);

/// <summary>
/// How a leaf category's products are made up: a brand and a model each ("Studio Pro Noise-Canceling Headphones|249|449":
/// the model's name and its price range in dollars), tags, features for the descriptions, and specification values
/// picked per product. Books (<see cref="TitleOnly"/>) are named by their title alone, their "brand" is the publisher.
/// </summary>
internal sealed record SeedProductLine(
    string SkuPrefix,
    string[] Brands,
    string[] Models,
    string[] Tags,
    string[] Features,
    string[] Colors,
    Dictionary<string, string[]> Specifications,
    bool TitleOnly = false);

/// <summary>The seed catalog's tree: five departments, their sections and (mostly) a third level of leaves.</summary>
internal static class SeedCategories
{
    public static IReadOnlyList<SeedCategory> All { get; } =
    [
        new("cat-001", "Electronics", "electronics", "Electronic devices and accessories", null),
        new("cat-001-01", "Audio", "electronics-audio", "Headphones, speakers and everything that plays sound", "cat-001"),
        new("cat-001-01-01", "Headphones", "electronics-audio-headphones", "Over-ear, on-ear and in-ear headphones", "cat-001-01", new(
            "HP", ["AudioTech", "Sonara", "Bassline", "Veltrix"],
            [
            "Studio Pro Noise-Canceling Headphones|249|449",
            "Air True Wireless Earbuds|79|199",
            "Max Over-Ear Wireless Headphones|149|349",
            "Quiet Comfort Noise-Canceling Headphones|199|379",
            "Sport Wireless Earbuds|49|129"],
            ["wireless", "bluetooth", "noise-canceling", "headphones", "audio"],
            ["active noise cancellation", "30-hour battery life", "memory-foam ear cushions", "multipoint Bluetooth 5.3", "a detachable boom microphone"],
            ["Black", "Silver", "Midnight Blue", "Sand"],
            new() { ["batteryLife"] = ["24 hours", "30 hours", "40 hours"], ["weight"] = ["38g", "250g", "265g", "310g"], ["driver"] = ["10mm", "40mm", "50mm"] })),
        new("cat-001-01-02", "Speakers", "electronics-audio-speakers", "Portable and home speakers", "cat-001-01", new(
            "SPK", ["Sonara", "Boomcraft", "AudioTech", "Resonant"],
            [
            "Go Portable Bluetooth Speaker|39|129",
            "Home Smart Speaker|89|249",
            "Party Bluetooth Speaker|199|499",
            "Mini Waterproof Speaker|29|79",
            "Stereo Bookshelf Speakers|149|599"],
            ["speaker", "bluetooth", "portable", "audio", "waterproof"],
            ["360-degree sound", "IP67 water resistance", "a built-in voice assistant", "stereo pairing", "deep passive bass radiators"],
            ["Black", "White", "Forest Green", "Coral"],
            new() { ["power"] = ["10W", "20W", "40W", "120W"], ["batteryLife"] = ["12 hours", "20 hours", "mains powered"], ["weight"] = ["540g", "1.1kg", "4.2kg"] })),
        new("cat-001-02", "Computers", "electronics-computers", "Laptops, monitors and accessories", "cat-001"),
        new("cat-001-02-01", "Laptops", "electronics-computers-laptops", "Ultrabooks, workstations and gaming laptops", "cat-001-02", new(
            "LT", ["Novabook", "Keystone", "Zentrix", "Lumen"],
            [
            "Air 13 Ultrabook|899|1499",
            "Pro 14 Laptop|1299|2199",
            "Studio 16 Creator Laptop|1899|2899",
            "Gamer X 15 Gaming Laptop|1199|2499",
            "Flex 14 2-in-1 Laptop|599|1099"],
            ["laptop", "computer", "ultrabook", "portable", "windows"],
            ["a 14-core processor", "an all-day battery", "a 120Hz display", "a backlit keyboard", "Thunderbolt 4 ports"],
            ["Space Gray", "Silver", "Graphite"],
            new() { ["processor"] = ["8-core 4.4GHz", "12-core 5.0GHz", "14-core 5.2GHz"], ["memory"] = ["16GB", "32GB", "64GB"], ["storage"] = ["512GB SSD", "1TB SSD", "2TB SSD"], ["display"] = ["13.6 inch", "14 inch", "16 inch"] })),
        new("cat-001-02-02", "Monitors", "electronics-computers-monitors", "Office, creative and gaming displays", "cat-001-02", new(
            "MON", ["Viewpoint", "Pixelcraft", "Zentrix", "Lumen"],
            [
            "UltraSharp 27 4K Monitor|399|799",
            "Curve 34 Ultrawide Monitor|449|999",
            "Esports 25 Gaming Monitor|229|499",
            "Creator 32 OLED Monitor|899|1299",
            "Office 24 Monitor|149|249"],
            ["monitor", "display", "4k", "computer", "gaming"],
            ["factory color calibration", "a 165Hz refresh rate", "USB-C power delivery", "a height-adjustable stand", "HDR600"],
            ["Black", "White"],
            new() { ["size"] = ["24 inch", "27 inch", "32 inch", "34 inch"], ["resolution"] = ["2560x1440", "3840x2160", "3440x1440"], ["panel"] = ["IPS", "VA", "OLED"] })),
        new("cat-001-02-03", "Computer Accessories", "electronics-computers-accessories", "Keyboards, mice, docks and webcams", "cat-001-02", new(
            "ACC", ["Keystone", "Clickwise", "Zentrix", "Portly"],
            [
            "Ergo Wireless Keyboard|59|129",
            "Mechanical Keyboard|89|219",
            "Slim Wireless Mouse|19|59",
            "Pro 12-in-1 USB-C Dock|129|249",
            "Stream 4K Webcam|69|179"],
            ["keyboard", "mouse", "accessories", "usb-c", "ergonomic"],
            ["hot-swappable switches", "a rechargeable battery", "a 4K 60Hz HDMI port", "an 8,000 DPI sensor", "a privacy shutter"],
            ["Black", "White", "Gray"],
            new() { ["connectivity"] = ["USB-C", "Bluetooth", "2.4GHz wireless"], ["weight"] = ["62g", "95g", "680g"] })),
        new("cat-001-03", "Phones & Wearables", "electronics-phones-wearables", "Smartphones, smartwatches and fitness trackers", "cat-001"),
        new("cat-001-03-01", "Smartphones", "electronics-phones-smartphones", "Unlocked smartphones", "cat-001-03", new(
            "PH", ["Orbit", "Nexa", "Pixelcraft", "Lumen"],
            [
            "One 5G Smartphone|399|699",
            "Pro 5G Smartphone|899|1199",
            "Lite Smartphone|199|349",
            "Ultra 5G Smartphone|1099|1399",
            "Fold 5G Foldable Smartphone|1499|1799"],
            ["smartphone", "5g", "unlocked", "phone", "android"],
            ["a triple-lens camera", "a 120Hz OLED screen", "fast 65W charging", "IP68 water resistance", "five years of updates"],
            ["Black", "Silver", "Blue", "Green"],
            new() { ["storage"] = ["128GB", "256GB", "512GB"], ["screen"] = ["6.1 inch", "6.4 inch", "6.8 inch"], ["battery"] = ["4,200 mAh", "4,800 mAh", "5,000 mAh"] })),
        new("cat-001-03-02", "Smartwatches", "electronics-phones-smartwatches", "Smartwatches and fitness trackers", "cat-001-03", new(
            "SW", ["TechWear", "Pulsefit", "Orbit", "Nexa"],
            [
            "Active Smart Watch|199|349",
            "Pro GPS Smart Watch|349|799",
            "Classic Hybrid Smart Watch|179|299",
            "Trail Adventure Smart Watch|399|699",
            "Kids Fitness Tracker|49|99"],
            ["smartwatch", "fitness", "health", "wearable", "gps"],
            ["built-in GPS", "heart-rate and SpO2 sensors", "a 10-day battery", "contactless payments", "sleep tracking"],
            ["Black", "Silver", "Rose Gold", "Olive"],
            new() { ["waterResistance"] = ["5ATM", "10ATM", "IP68"], ["batteryLife"] = ["2 days", "7 days", "14 days"], ["caseSize"] = ["40mm", "44mm", "47mm"] })),
        new("cat-001-04", "Cameras", "electronics-cameras", "Mirrorless, action and instant cameras", "cat-001", new(
            "CAM", ["Optica", "Lensmark", "Shutterline", "Pixelcraft"],
            [
            "Z50 Mirrorless Camera|799|1299",
            "Vlog Compact Camera|499|799",
            "Action 4K Action Camera|199|449",
            "Instant Film Camera|79|149",
            "Full Frame R Mirrorless Camera|1799|2499"],
            ["camera", "photography", "4k", "video", "mirrorless"],
            ["in-body image stabilization", "4K 60fps video", "a flip-out touchscreen", "weather sealing", "dual card slots"],
            ["Black", "Silver"],
            new() { ["sensor"] = ["24MP APS-C", "33MP full frame", "12MP 1/2.3 inch"], ["weight"] = ["127g", "450g", "658g"] })),
        new("cat-002", "Home & Kitchen", "home-kitchen", "Appliances, cookware and furniture for the home", null),
        new("cat-002-01", "Kitchen Appliances", "home-kitchen-appliances", "Small appliances for the kitchen counter", "cat-002"),
        new("cat-002-01-01", "Coffee Machines", "home-kitchen-appliances-coffee", "Espresso machines, drip brewers and grinders", "cat-002-01", new(
            "COF", ["Barista & Co", "Crema", "Brewhaus", "Morning Ritual"],
            [
            "Classic Espresso Machine|299|699",
            "Pro Dual Boiler Espresso Machine|899|1199",
            "Duo Drip Coffee Maker|49|129",
            "Compact Burr Grinder|79|199",
            "Touch Bean-to-Cup Espresso Machine|599|999"],
            ["coffee", "espresso", "kitchen", "appliance", "brewing"],
            ["a 15-bar Italian pump", "a steam wand for milk foam", "a programmable timer", "40 grind settings", "a thermal carafe"],
            ["Stainless Steel", "Matte Black", "Cream"],
            new() { ["capacity"] = ["1.2L", "1.8L", "12 cups"], ["power"] = ["1100W", "1450W", "1600W"] })),
        new("cat-002-01-02", "Blenders", "home-kitchen-appliances-blenders", "Countertop, personal and immersion blenders", "cat-002-01", new(
            "BLD", ["Vortex", "Nutrimix", "Crema", "Kitchenly"],
            [
            "Power Countertop Blender|99|249",
            "Personal Smoothie Blender|29|79",
            "Pro 1500 High-Speed Blender|299|549",
            "Stick Immersion Blender|39|99",
            "Vacuum Smoothie Blender|149|299"],
            ["blender", "smoothie", "kitchen", "appliance"],
            ["a 1500W motor", "BPA-free travel cups", "six preset programs", "hardened steel blades", "a self-cleaning cycle"],
            ["Black", "Red", "White"],
            new() { ["capacity"] = ["600ml", "1.5L", "2L"], ["power"] = ["400W", "1000W", "1500W"] })),
        new("cat-002-02", "Cookware", "home-kitchen-cookware", "Pans, pots and bakeware", "cat-002", new(
            "CKW", ["Castiron Co", "Kitchenly", "Chef's Choice", "Copperline"],
            [
            "Everyday Nonstick Frying Pan|24|59",
            "Pro Series 10-Piece Cookware Set|249|499",
            "Enameled Dutch Oven|79|349",
            "Tri-Ply Stainless Saucepan|49|129",
            "Cast Iron Skillet|29|89"],
            ["cookware", "pan", "kitchen", "induction", "oven-safe"],
            ["a PFAS-free nonstick coating", "induction-ready bases", "oven safety to 260°C", "stay-cool handles", "tight-fitting lids"],
            ["Black", "Stainless Steel", "Cherry Red", "Sage"],
            new() { ["material"] = ["cast iron", "stainless steel", "hard-anodized aluminium"], ["size"] = ["24cm", "26cm", "28cm"] })),
        new("cat-002-03", "Furniture", "home-kitchen-furniture", "Home office and living room furniture", "cat-002"),
        new("cat-002-03-01", "Office Chairs", "home-kitchen-furniture-office-chairs", "Ergonomic chairs for long working days", "cat-002-03", new(
            "CHR", ["Posture Lab", "Seatwell", "Ergonomix", "Oakline"],
            [
            "Task Office Chair|99|199",
            "Executive Leather Office Chair|299|599",
            "Mesh Pro Ergonomic Chair|399|1299",
            "Gaming Chair|199|449",
            "Drafting Stool|129|249"],
            ["chair", "office", "ergonomic", "furniture", "home office"],
            ["adjustable lumbar support", "4D armrests", "a breathable mesh back", "a synchro-tilt mechanism", "a 12-year warranty"],
            ["Black", "Gray", "Blue"],
            new() { ["maxLoad"] = ["120kg", "136kg", "150kg"], ["seatHeight"] = ["42-52cm", "45-55cm"] })),
        new("cat-002-03-02", "Desks", "home-kitchen-furniture-desks", "Standing and writing desks", "cat-002-03", new(
            "DSK", ["Oakline", "Ergonomix", "Liftwell", "Nordhem"],
            [
            "Dual Motor Standing Desk|499|999",
            "Writing Desk|149|349",
            "Corner L-Shaped Desk|249|599",
            "Compact Standing Desk|299|499",
            "Solid Oak Standing Desk|699|999"],
            ["desk", "standing desk", "office", "furniture", "home office"],
            ["a dual-motor lift", "four memory presets", "a solid oak top", "cable management trays", "anti-collision sensing"],
            ["Walnut", "Oak", "White", "Black"],
            new() { ["width"] = ["120cm", "140cm", "160cm"], ["heightRange"] = ["62-127cm", "72cm fixed"] })),
        new("cat-003", "Sports & Outdoors", "sports-outdoors", "Gear for training, camping and riding", null),
        new("cat-003-01", "Fitness", "sports-outdoors-fitness", "Home gym and studio equipment", "cat-003"),
        new("cat-003-01-01", "Yoga & Pilates", "sports-outdoors-fitness-yoga", "Mats, blocks and studio accessories", "cat-003-01", new(
            "YOG", ["Lotus Form", "Flowfit", "Zenmat", "Corebalance"],
            [
            "Eco Natural Rubber Yoga Mat|59|129",
            "Travel Foldable Yoga Mat|29|59",
            "Pro Grip Yoga Mat|79|149",
            "Cork Yoga Block Set|19|39",
            "Studio Pilates Ring|14|34"],
            ["yoga", "pilates", "fitness", "mat", "exercise"],
            ["natural tree rubber", "alignment markings", "a non-slip surface", "a carrying strap", "sustainably harvested cork"],
            ["Purple", "Teal", "Charcoal", "Natural"],
            new() { ["thickness"] = ["4mm", "6mm", "8mm"], ["material"] = ["natural rubber", "TPE", "cork"] })),
        new("cat-003-01-02", "Strength Training", "sports-outdoors-fitness-strength", "Weights, benches and racks", "cat-003-01", new(
            "STR", ["Ironpeak", "Forge Fitness", "Corebalance", "Titanlift"],
            [
            "Adjustable Dumbbell Set|199|499",
            "Competition Kettlebell|39|129",
            "Home Gym Weight Bench|149|349",
            "Pro Resistance Band Set|19|59",
            "Compact Power Rack|449|899"],
            ["weights", "dumbbells", "strength", "fitness", "home gym"],
            ["quick-change weight selection", "knurled chrome handles", "a foldable frame", "powder-coated steel", "a wall chart of exercises"],
            ["Black", "Red", "Gray"],
            new() { ["weightRange"] = ["2-24kg", "5-40kg", "16kg"], ["maxLoad"] = ["300kg", "350kg"] })),
        new("cat-003-02", "Camping & Hiking", "sports-outdoors-camping", "Tents, packs and trail gear", "cat-003"),
        new("cat-003-02-01", "Tents", "sports-outdoors-camping-tents", "Backpacking, family and festival tents", "cat-003-02", new(
            "TNT", ["Summit Gear", "Trailhead", "Northpass", "Wildcamp"],
            [
            "Ultralight 2 Backpacking Tent|299|599",
            "Family 6 Camping Tent|199|449",
            "Dome 4 Tent|99|249",
            "Expedition 4-Season Tent|599|899",
            "Instant 3 Pop-Up Tent|59|149"],
            ["tent", "camping", "hiking", "outdoor", "waterproof"],
            ["a 3,000mm waterproof flysheet", "color-coded poles", "two vestibules", "a one-minute pitch", "a packed weight under 2kg"],
            ["Green", "Orange", "Sand"],
            new() { ["capacity"] = ["2 person", "4 person", "6 person"], ["weight"] = ["1.4kg", "3.8kg", "9.5kg"], ["season"] = ["3-season", "4-season"] })),
        new("cat-003-02-02", "Backpacks", "sports-outdoors-camping-backpacks", "Daypacks and trekking packs", "cat-003-02", new(
            "BPK", ["Trailhead", "Summit Gear", "Northpass", "Portly"],
            [
            "Day 24 Daypack|59|119",
            "Trek 55 Trekking Backpack|199|349",
            "Alpine 40 Climbing Pack|149|249",
            "Commuter Laptop Backpack|69|149",
            "Hydro 12 Running Vest|39|99"],
            ["backpack", "hiking", "trekking", "outdoor", "daypack"],
            ["an adjustable back system", "a rain cover", "a hydration sleeve", "hip-belt pockets", "recycled ripstop nylon"],
            ["Black", "Olive", "Navy", "Rust"],
            new() { ["volume"] = ["12L", "24L", "40L", "55L"], ["weight"] = ["480g", "1.2kg", "1.9kg"] })),
        new("cat-003-03", "Cycling", "sports-outdoors-cycling", "Bikes, helmets and riding accessories", "cat-003", new(
            "CYC", ["Velocita", "Roadrunner", "Gearline", "Cadence"],
            [
            "Aero MIPS Road Helmet|129|299",
            "City Commuter Helmet|49|99",
            "Gravel Carbon Bike|1799|2499",
            "USB-C Bike Light Set|24|79",
            "GPS Cycling Computer|149|399"],
            ["cycling", "bike", "helmet", "road", "safety"],
            ["MIPS rotational protection", "USB-C rechargeable lights", "GPS navigation", "a carbon fork", "hydraulic disc brakes"],
            ["Black", "White", "Fluo Yellow", "Red"],
            new() { ["weight"] = ["260g", "320g", "9.2kg"], ["size"] = ["S", "M", "L"] })),
        new("cat-004", "Fashion", "fashion", "Clothing, shoes and accessories", null),
        new("cat-004-01", "Men's Clothing", "fashion-mens-clothing", "Jackets, shirts and knitwear for men", "cat-004", new(
            "MEN", ["Northpass", "Harbor & Pine", "Urbanthread", "Kestrel"],
            [
            "Waterproof Shell Jacket|149|399",
            "Merino Crew Sweater|79|149",
            "Classic Oxford Shirt|39|89",
            "Down Puffer Jacket|179|349",
            "Fleece Half-Zip Pullover|49|119"],
            ["jacket", "mens", "clothing", "outerwear", "winter"],
            ["a fully taped waterproof shell", "100% merino wool", "responsibly sourced down", "a regular fit", "machine washable fabric"],
            ["Navy", "Black", "Olive", "Gray"],
            new() { ["material"] = ["merino wool", "recycled polyester", "organic cotton"], ["fit"] = ["regular", "slim", "relaxed"] })),
        new("cat-004-02", "Shoes", "fashion-shoes", "Running shoes, boots and sneakers", "cat-004"),
        new("cat-004-02-01", "Running Shoes", "fashion-shoes-running", "Road and trail running shoes", "cat-004-02", new(
            "RUN", ["Stride", "Velocita", "Pacer", "Trailhead"],
            [
            "Glide 3 Running Shoes|99|159",
            "Trail Blazer Trail Running Shoes|119|179",
            "Tempo Racing Shoes|149|249",
            "Marathon Carbon Racing Shoes|199|249",
            "Cloud Daily Trainer|89|139"],
            ["running", "shoes", "sneakers", "trail", "cushioned"],
            ["a responsive foam midsole", "a carbon-fibre plate", "an aggressive 5mm lug outsole", "a breathable knit upper", "an 8mm drop"],
            ["Black", "White", "Volt", "Blue"],
            new() { ["drop"] = ["4mm", "8mm", "10mm"], ["weight"] = ["220g", "265g", "310g"] })),
        new("cat-004-02-02", "Boots", "fashion-shoes-boots", "Hiking, work and winter boots", "cat-004-02", new(
            "BOT", ["Northpass", "Kestrel", "Ironpeak", "Harbor & Pine"],
            [
            "Chelsea Leather Boots|129|249",
            "Hiker Mid Waterproof Hiking Boots|149|249",
            "Winter Insulated Boots|129|229",
            "Work Steel-Toe Boots|119|199",
            "Desert Suede Boots|89|179"],
            ["boots", "leather", "hiking", "winter", "waterproof"],
            ["full-grain leather", "a waterproof membrane", "a Vibram outsole", "Goodyear welt construction", "warm shearling lining"],
            ["Brown", "Black", "Tan"],
            new() { ["material"] = ["full-grain leather", "suede", "nubuck"], ["sole"] = ["rubber", "Vibram"] })),
        new("cat-004-03", "Bags & Accessories", "fashion-bags-accessories", "Bags, wallets and sunglasses", "cat-004", new(
            "BAG", ["Harbor & Pine", "Urbanthread", "Portly", "Kestrel"],
            [
            "Weekender Leather Duffel Bag|199|399",
            "Slim RFID Leather Wallet|29|79",
            "Tote Waxed Canvas Bag|59|129",
            "Aviator Polarized Sunglasses|79|199",
            "Messenger Leather Bag|149|299"],
            ["bag", "leather", "accessories", "travel", "wallet"],
            ["vegetable-tanned leather", "RFID blocking", "polarized lenses", "a padded laptop sleeve", "YKK zippers"],
            ["Brown", "Black", "Cognac"],
            new() { ["material"] = ["leather", "waxed canvas", "acetate"], ["dimensions"] = ["50x28x25cm", "11x9cm", "38x30x10cm"] })),
        new("cat-005", "Books", "books", "Fiction and non-fiction, in print", null),
        new("cat-005-01", "Fiction", "books-fiction", "Novels and short stories", "cat-005", new(
            "BKF", ["Penguin House", "Harbor Press", "Northlight Books", "Quill & Ink"],
            [
            "The Salt Road (Hardcover)|24|32",
            "A Winter of Lanterns (Paperback)|12|18",
            "The Glass Orchard (Hardcover)|22|30",
            "Shadows over Meridian (Paperback)|10|17",
            "The Cartographer's Daughter (Hardcover)|25|34",
            "Letters from Ashford (Paperback)|11|16",
            "The Last Lighthouse Keeper (Hardcover)|23|29",
            "Midnight at the Kasbah (Paperback)|9|15",
            "Children of the Ninth Wave (Hardcover)|26|34",
            "The Quiet Ferryman (Paperback)|12|18"],
            ["book", "fiction", "novel", "bestseller"],
            ["a sweeping multigenerational story", "a twisting mystery plot", "vivid historical detail", "an unforgettable narrator", "a prize-winning debut"],
            [],
            new() { ["pages"] = ["288", "352", "416", "512"], ["language"] = ["English"], ["author"] = ["Elena Marsh", "Tomas Wright", "Amara Okafor", "Lena Lindqvist"] },
            TitleOnly: true)),
        new("cat-005-02", "Non-fiction", "books-non-fiction", "History, science, cooking and self-improvement", "cat-005", new(
            "BKN", ["Northlight Books", "Penguin House", "Atlas Academic", "Quill & Ink"],
            [
            "Deep Work Habits (Hardcover)|24|30",
            "The Invisible Atlas (Hardcover)|28|40",
            "Salt, Fat and Flame (Hardcover)|32|44",
            "A Short History of the Sea (Paperback)|14|19",
            "Thinking in Systems Today (Paperback)|15|21",
            "The Bread Laboratory (Hardcover)|30|42",
            "Rivers of Empire (Paperback)|16|22",
            "How Cities Breathe (Hardcover)|25|35",
            "The Patient Gardener (Paperback)|13|19",
            "Numbers Everyone Should Know (Paperback)|14|20"],
            ["book", "non-fiction", "history", "science", "cooking"],
            ["clear, practical advice", "original research", "over 120 tested recipes", "striking photography", "a foreword by a Nobel laureate"],
            [],
            new() { ["pages"] = ["224", "320", "448"], ["language"] = ["English"], ["author"] = ["Dr. Priya Nair", "James Holloway", "Sofia Reyes", "Kenji Watanabe"] },
            TitleOnly: true)),
    ];
}
