# The tsunagu app image (api and worker run from the same image).
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_COMPILE_BYTECODE=1
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends fonts-ipaexfont fonts-dejavu-core fonts-wqy-microhei curl \
 && rm -rf /var/lib/apt/lists/* \
 && pip install --no-cache-dir uv
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY . .
RUN uv sync --frozen --no-dev
ENV PATH="/app/.venv/bin:$PATH"
# The fallback classifier is trained here, so no api or worker container trains at start.
RUN tsunagu nlu fallback
EXPOSE 8000
CMD ["tsunagu", "serve", "--host", "0.0.0.0", "--port", "8000"]
