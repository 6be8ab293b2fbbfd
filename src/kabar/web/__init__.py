"""The web app: server-rendered pages and the JSON API over a store (``kabar serve``)."""
