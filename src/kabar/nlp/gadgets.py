"""Gadgets in technology news: a platform's, a chip's or a device line's name ("Android Nougat", "Qualcomm
Snapdragon 625", "Intel Core i7", "Samsung Galaxy Note", "Corning Gorilla Glass") names a product, no person, body
or place, and the maker inside it is no mention of the maker (the gold sets' call: "prosesor Intel" gives Intel,
"Intel Core i7" nothing). The tagger, trained on general news, takes these for people, firms or places."""

from __future__ import annotations

from kabar.nlp.raw_mention import RawMention

# product lines named alone or after their maker
_LINES = frozenset("""Android iOS Snapdragon Helio GeForce Radeon Ryzen Exynos Kirin PlayStation iPhone iPhones iPad
MacBook iMac ThinkPad Zenfone Redmi Windows""".split())
# product lines whose word is a common one, named so only after their maker
_AFTER_MAKER = {"Intel": "Core", "Samsung": "Galaxy", "Google": "Pixel", "Microsoft": "Surface", "Lenovo": "Yoga"}
_MAKERS = frozenset("""Qualcomm Intel MediaTek Samsung Microsoft Nvidia NVIDIA Sony Corning Apple Google Lenovo Xiaomi
Asus ASUS AMD Huawei HP Dell Acer Oppo OPPO Vivo""".split())
# a service, store or outlet named after a line is a body ("Windows Store", "Android Central", "Xbox Live")
_SERVICE_TAILS = frozenset("Central Authority Store Live Wire Press Park Pay Music TV Arena Games Police".split())


# a computer's parts, ports, standards and settings, which the tagger takes for firms ("SSD", "HDMI", "FXAA"); with a
# maker after them they name a part ("APU AMD FX")
_HARDWARE = frozenset("""SSD HDD ODD HDMI USB VGA LAN WLAN RAM ROM DDR3 DDR4 DDR5 GPU CPU APU NPU SoC LCD LED OLED AMOLED IPS
TN NFC GPS LTE FXAA MSAA TAA AAA FPS DVD DVD-RW BIOS UEFI NVMe SATA PCIe""".split())


def _names_a_product(text: str) -> bool:
    words = text.split()
    if words[0] in _HARDWARE and (len(words) == 1 or words[1] in _MAKERS):
        return True
    i = 1 if len(words) > 1 and words[0] in _MAKERS else 0
    line = words[i]
    if words[-1] in _SERVICE_TAILS:
        return False
    return line in _LINES or (i == 1 and _AFTER_MAKER.get(words[0]) == line) or words[i:i + 2] == ["Gorilla", "Glass"]


def gadget_products(raws: list[RawMention]) -> list[RawMention]:
    """``raws`` without the mentions that name a gadget's platform, chip or device line, with or without its
    maker ("Android", "Qualcomm Snapdragon", "Samsung Galaxy Note"; a maker alone, "Samsung", stays), or a
    computer's part or standard ("SSD", "HDMI"), unless the lexicon knows the mention."""
    return [r for r in raws if r.lex_key is not None or not _names_a_product(r.text)]
