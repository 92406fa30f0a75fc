/** npm scripts must run on the pinned Node 24 (root devDependency `node`). */
export function requireNode24() {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 24) {
    console.error(
      `Node ${process.versions.node} draait dit script, maar de toolkit heeft Node 24 nodig. ` +
        'Start via npm (npm start / npm test): dan gebruikt npm de vastgepinde Node uit node_modules. ' +
        'Staat "allowScripts" met "node" in package.json en is `npm install` gelukt?',
    )
    process.exit(1)
  }
}
