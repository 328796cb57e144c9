from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/health")
def health():
    return jsonify(status="ok")


@app.get("/permits/<int:permit_id>")
def permit(permit_id):
    # TODO: read the permit from the database
    return jsonify(id=permit_id)
