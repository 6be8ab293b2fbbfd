"""kabar: raw news from many outlets in, cited story dossiers out."""

__version__ = "0.1.0"
